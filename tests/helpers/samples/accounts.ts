import type { Samples } from './types';

export const accountsSamples: Samples = ({ f, caller }) => ({
  'account.changePassword': { currentPassword: f[caller].password, newPassword: 'Changed-pass-77' },
  'users.create': { surname: 'Токтогулова', name: 'Нургүл', role: 'administrator' },
  'users.createMany': { people: [{ surname: 'Жумабаев', name: 'Эрлан', role: 'administrator' }] },
  'users.resetPassword': { userId: f.director.user.userId },
  'users.setRole': { userId: f.teacher.user.userId, role: 'administrator' },
  'users.setActive': { userId: f.director.user.userId, active: false },
  'audit.recent': { limit: 10 },
});
