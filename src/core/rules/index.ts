export * from "./ast";
export { parseRule, type ParseResult, type RuleSyntaxError } from "./parse";
export { evaluateRule, shapeProblem, typeOf, type MissingPolicy, type RuleInputs, type RuleOptions, type RuleOutcome } from "./evaluate";
