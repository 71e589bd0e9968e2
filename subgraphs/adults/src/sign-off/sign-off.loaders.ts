import { findIn, groupedLoader, keyedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { AdultsLearning, AdultsPeerChallenge, AdultsRecognition, AdultsSignOff, AdultsSignOffEvidence } from "./sign-off.entity";

/** One statement per relation of the sign-off, for seven councils as for one. */
export function createSignOffLoaders(dataSource: DataSource) {
  return {
    /** Sign-offs by id: the entity's references (good practice items' sources), one statement for any number. */
    signOffById: keyedLoader(
      (ids: readonly number[]) => dataSource.getRepository(AdultsSignOff).findBy({ id: In([...ids]) }),
      (signOff) => signOff.id,
    ),
    signOffByCouncil: keyedLoader(
      (codes: readonly string[]) => findIn(dataSource.getRepository(AdultsSignOff), "councilCode", codes),
      (signOff) => signOff.councilCode,
    ),
    peerChallengeBySignOff: keyedLoader(
      (ids: readonly number[]) => dataSource.getRepository(AdultsPeerChallenge).findBy({ signOffId: In([...ids]) }),
      (peerChallenge) => peerChallenge.signOffId,
    ),
    /** Every piece of evidence of each sign-off, current and re-recorded, oldest first. */
    evidenceBySignOff: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(AdultsSignOffEvidence).find({ where: { signOffId: In([...ids]) }, order: { id: "ASC" } }),
      (evidence) => evidence.signOffId,
    ),
    recognitionBySignOff: keyedLoader(
      (ids: readonly number[]) => dataSource.getRepository(AdultsRecognition).findBy({ signOffId: In([...ids]) }),
      (recognition) => recognition.signOffId,
    ),
    learningByRecognition: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(AdultsLearning).find({ where: { recognitionId: In([...ids]) }, order: { position: "ASC" } }),
      (learning) => learning.recognitionId,
    ),
  };
}
