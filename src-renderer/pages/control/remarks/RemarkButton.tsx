import { useState } from 'react';
import { SuccessNotice } from '../../../components/ErrorNotice';
import { useI18n } from '../../../i18n/i18n';
import { RemarkForm } from './RemarkForm';

/** "Write a remark" beside an open journal (the deputy's): the form opens in place. */
export function RemarkButton({ classSubjectId, initialText }: { classSubjectId: number; initialText?: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  if (open) {
    return (
      <RemarkForm
        classSubjectId={classSubjectId}
        {...(initialText ? { initialText } : {})}
        onSaved={() => {
          setOpen(false);
          setSaved(true);
        }}
        onCancel={() => setOpen(false)}
      />
    );
  }
  return (
    <div className="remark-button">
      <button type="button" onClick={() => (setOpen(true), setSaved(false))}>
        {t('remarks.add')}
      </button>
      <SuccessNotice text={saved ? t('remarks.saved') : null} />
    </div>
  );
}
