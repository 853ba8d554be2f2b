// "@concord/domain/scenarios": the reference scenarios as answer sets (demo data, benchmarks).
export { baseCity } from './base-city.js';
export { SCENARIO_ANSWERS, scenarioValues, type ScenarioAnswers } from './scenario-answers.js';
export { q, withAnswers, type Values } from './scenario-ids.js';
