import type { MessageId } from '../../i18n/load-messages.js';

/** Every action the audit log records (the server's list), each with its words. */
export const AUDIT_ACTION_LABELS: Record<string, MessageId> = {
  'city.create': 'audit.action.cityCreate',
  'city.update': 'audit.action.cityUpdate',
  'member.join': 'audit.action.memberJoin',
  'member.role-change': 'audit.action.memberRoleChange',
  'member.remove': 'audit.action.memberRemove',
  'invitation.create': 'audit.action.invitationCreate',
  'invitation.cancel': 'audit.action.invitationCancel',
  'strategy.create': 'audit.action.strategyCreate',
  'strategy.update': 'audit.action.strategyUpdate',
  'answer.save': 'audit.action.answerSave',
  'answer.clear': 'audit.action.answerClear',
  'assignment.set': 'audit.action.assignmentSet',
  'risk.accept': 'audit.action.riskAccept',
  'risk.withdraw': 'audit.action.riskWithdraw',
  'answer.sensitivity': 'audit.action.answerSensitivity',
  'consultation.create': 'audit.action.consultationCreate',
  'consultation.update': 'audit.action.consultationUpdate',
  'consultation.publish': 'audit.action.consultationPublish',
  'consultation.close': 'audit.action.consultationClose',
  'comment.moderate': 'audit.action.commentModerate',
  'comment.reply': 'audit.action.commentReply',
  'comment.link': 'audit.action.commentLink',
  'narrative.save': 'audit.action.narrativeSave',
  'version.create': 'audit.action.versionCreate',
  'version.transition': 'audit.action.versionTransition',
  'version.comment': 'audit.action.versionComment',
  'strategy.import': 'audit.action.strategyImport',
  'strategy.new-cycle': 'audit.action.strategyNewCycle',
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS);
