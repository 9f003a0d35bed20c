import { signedInUser } from '../context';
import { schoolDay } from '../../calendar/school-day';
import { actorOf, applyImport, previewImport } from '../../imports/service';
import { classListXlsx, templateFileName, templateXlsx } from '../../imports/template';
import type { HandlerMap } from './types';

const file = (input: { fileName: string; contentBase64: string }) => ({
  fileName: input.fileName,
  content: Buffer.from(input.contentBase64, 'base64'),
});

export const importsHandlers: HandlerMap<'import.preview' | 'import.apply' | 'import.template' | 'import.exportClass'> =
  {
    'import.preview': (ctx, { fileName, contentBase64, ...rest }) =>
      previewImport(
        ctx.app.db,
        { ...rest, ...file({ fileName, contentBase64 }) },
        actorOf(ctx.app.db, signedInUser(ctx)),
        ctx.now,
      ),
    'import.apply': (ctx, { fileName, contentBase64, ...rest }) =>
      applyImport(
        ctx.app.db,
        { ...rest, ...file({ fileName, contentBase64 }) },
        actorOf(ctx.app.db, signedInUser(ctx)),
        ctx.now,
        ctx.audit,
      ),
    'import.template': () => ({ fileName: templateFileName, contentBase64: templateXlsx().toString('base64') }),
    'import.exportClass': (ctx, { classId }) => {
      const { fileName, content } = classListXlsx(ctx.app.db, classId, schoolDay(ctx.now));
      return { fileName, contentBase64: content.toString('base64') };
    },
  };
