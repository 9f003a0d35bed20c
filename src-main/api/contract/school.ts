import { z } from 'zod';
import { call } from './define';
import { noInput } from './fields';

export interface SchoolInfo {
  nameKy: string;
  nameRu: string;
  schemaVersion: string;
  currentYear: { id: number; title: string; startsOn: string; endsOn: string } | null;
  counts: Record<string, number>;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  address: string | null;
}

export const schoolCalls = {
  'school.info': call<SchoolInfo>()({ input: noInput, access: 'school.read', mutates: false }),
  'audit.recent': call<AuditRow[]>()({
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    access: 'audit.read',
    mutates: false,
  }),
};
