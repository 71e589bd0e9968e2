import { groupedLoader, keyedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { ChildrensSelfAssessment, SelfAssessmentChallenge, SelfAssessmentChallenger } from "./self-assessment.entity";

export function createSelfAssessmentLoaders(dataSource: DataSource) {
  return {
    selfAssessmentsByCouncil: groupedLoader(
      (codes: readonly string[]) =>
        dataSource.getRepository(ChildrensSelfAssessment).find({ where: { councilCode: In([...codes]) }, order: { period: "DESC" } }),
      (assessment) => assessment.councilCode,
    ),
    challengeBySelfAssessment: keyedLoader(
      (ids: readonly number[]) => dataSource.getRepository(SelfAssessmentChallenge).findBy({ selfAssessmentId: In([...ids]) }),
      (challenge) => challenge.selfAssessmentId,
    ),
    challengersByChallenge: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(SelfAssessmentChallenger).find({ where: { challengeId: In([...ids]) }, order: { councilCode: "ASC" } }),
      (challenger) => challenger.challengeId,
    ),
  };
}
