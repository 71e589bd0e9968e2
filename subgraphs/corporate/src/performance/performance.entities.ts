import { Metric, MetricValue } from "./metric.entity";
import { Scorecard, ScorecardCouncil, ScorecardMetric } from "./scorecard.entity";

export const performanceEntities = [Metric, MetricValue, Scorecard, ScorecardMetric, ScorecardCouncil];
