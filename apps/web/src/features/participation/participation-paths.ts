import { strategyPath } from '../workspace/workspace-paths.js';

const enc = encodeURIComponent;

export function participationPath(cityId: string, strategyId: string): string {
  return `${strategyPath(cityId, strategyId)}/participation`;
}

export function newConsultationPath(cityId: string, strategyId: string): string {
  return `${participationPath(cityId, strategyId)}/new`;
}

export function consultationPath(cityId: string, strategyId: string, id: string): string {
  return `${participationPath(cityId, strategyId)}/consultations/${enc(id)}`;
}

export function editConsultationPath(cityId: string, strategyId: string, id: string): string {
  return `${consultationPath(cityId, strategyId, id)}/edit`;
}

export function commentsPath(cityId: string, strategyId: string, id: string): string {
  return `${consultationPath(cityId, strategyId, id)}/comments`;
}

export function sensitiveAnswersPath(cityId: string, strategyId: string): string {
  return `${participationPath(cityId, strategyId)}/sensitive`;
}
