import { useState } from 'react';
import type { ImportField, ImportFile, ImportPreview, ImportResult } from '../../../src-main/api/contract/imports';
import { importFields } from '../../../src-main/api/contract/imports';
import { api } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { PreviewTable } from './PreviewTable';
import { downloadBase64, fileToBase64 } from '../../components/files';

type Mapping = Record<string, ImportField | null>;

/** Class lists from Excel: choose a file, check the columns and the rows, then import. */
export function ImportPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [defaultClass, setDefaultClass] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [createClasses, setCreateClasses] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const reading = useSubmit<ImportPreview>();
  const applying = useSubmit<ImportResult>();
  const downloading = useSubmit<ImportFile>();
  const busy = reading.busy || applying.busy;

  /** Reads the file again with this mapping. After an import it shows what a second import would do. */
  async function runPreview(next: { fileName: string; contentBase64: string }, nextMapping: Mapping, cls: string) {
    const value = await reading.run(() =>
      api()['import.preview']({ ...next, mapping: nextMapping, ...(cls.trim() ? { defaultClass: cls.trim() } : {}) }),
    );
    setPreview(value);
  }

  async function choose(files: FileList | null) {
    const chosen = files?.[0];
    if (!chosen) return;
    const next = { fileName: chosen.name, contentBase64: await fileToBase64(chosen) };
    setFile(next);
    setMapping({});
    setResult(null);
    await runPreview(next, {}, defaultClass);
  }

  async function apply() {
    if (!file) return;
    const value = await applying.run(() =>
      api()['import.apply']({
        ...file,
        mapping,
        skipInvalid,
        createClasses,
        ...(defaultClass.trim() ? { defaultClass: defaultClass.trim() } : {}),
      }),
    );
    if (value) {
      setResult(value);
      await runPreview(file, mapping, defaultClass);
    }
  }

  async function template() {
    const value = await downloading.run(() => api()['import.template']());
    if (value) downloadBase64(value.fileName, value.contentBase64);
  }

  const fileError = reading.error?.fields?.find((f) => f.path === 'contentBase64');
  const columns = preview?.sheets.find((s) => s.headerRow !== null)?.columns ?? [];

  return (
    <main className="page" aria-busy={busy}>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <p>
        <button type="button" onClick={() => void template()} disabled={busy}>
          {t('import.template')}
        </button>
      </p>
      <div className="field">
        <label htmlFor="import-file">{t('import.chooseFile')}</label>
        <input
          id="import-file"
          type="file"
          accept=".xlsx,.csv,.xls"
          disabled={busy}
          onChange={(e) => void choose(e.target.files)}
        />
      </div>
      <div className="field">
        <label htmlFor="import-class">{t('import.defaultClass')}</label>
        <input
          id="import-class"
          value={defaultClass}
          onChange={(e) => setDefaultClass(e.target.value)}
          onBlur={() => {
            if (!file) return;
            setResult(null);
            void runPreview(file, mapping, defaultClass);
          }}
        />
      </div>
      {busy ? <p role="status">{applying.busy ? t('import.applying') : t('import.reading')}</p> : null}
      {fileError ? (
        <p className="notice notice-error" role="alert">
          {t(fileError.message)}
        </p>
      ) : (
        <ErrorNotice error={reading.error} />
      )}
      {preview ? (
        <>
          {preview.sheets.map((s) => (
            <p key={s.name}>
              {s.headerRow === null
                ? t('import.noHeader', { name: s.name })
                : t('import.sheet', { name: s.name, row: s.headerRow })}
            </p>
          ))}
          <h2>{t('import.mapping')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th>{t('import.column')}</th>
                <th>{t('import.field')}</th>
              </tr>
            </thead>
            <tbody>
              {columns.map((c) => (
                <tr key={c.index}>
                  <td>
                    <label htmlFor={`import-col-${c.index}`}>{c.header || `#${c.index + 1}`}</label>
                  </td>
                  <td>
                    <select
                      id={`import-col-${c.index}`}
                      value={c.field ?? ''}
                      disabled={busy}
                      onChange={(e) => {
                        const next = { ...mapping, [String(c.index)]: (e.target.value || null) as ImportField | null };
                        setMapping(next);
                        setResult(null);
                        if (file) void runPreview(file, next, defaultClass);
                      }}
                    >
                      <option value="">{t('import.ignore')}</option>
                      {importFields.map((f) => (
                        <option key={f} value={f}>
                          {t(`import.field.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('import.previewTitle')}</h2>
          <p data-testid="import-counts">{t('import.counts', preview.counts)}</p>
          <PreviewTable rows={preview.rows} />
          <div className="field">
            <label>
              <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />{' '}
              {t('import.skipInvalid')}
            </label>
          </div>
          {preview.newClasses.length ? (
            <div className="field">
              <label>
                <input type="checkbox" checked={createClasses} onChange={(e) => setCreateClasses(e.target.checked)} />{' '}
                {t('import.createClasses', { classes: preview.newClasses.join(', ') })}
              </label>
            </div>
          ) : null}
          <button type="button" onClick={() => void apply()} disabled={busy}>
            {t('import.apply')}
          </button>
          <ErrorNotice error={applying.error} />
        </>
      ) : null}
      {result ? (
        <div data-testid="import-result">
          <SuccessNotice
            text={t('import.done', {
              students: result.students,
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
            })}
          />
          {result.createdClasses.length ? (
            <p>{t('import.createdClasses', { classes: result.createdClasses.join(', ') })}</p>
          ) : null}
          {result.errors.length ? (
            <p>{t('import.skipped', { count: new Set(result.errors.map((e) => `${e.sheet}:${e.row}`)).size })}</p>
          ) : null}
        </div>
      ) : null}
    </main>
  );
}
