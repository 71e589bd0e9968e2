import { Provenance } from "@sli/shared";
import { startSubgraph, testViewer } from "@sli/shared/testing";
import { createCorporateServer, seedCorporate } from "../server";
import { CorporatePeerChallenge, NO_COST_WINDOW } from "./corporate-peer-challenge.entity";
import { CorporatePeerChallengeStatus } from "./corporate-peer-challenge.enums";
import { Person } from "../person/person.entity";
import { expectRefusedBy } from "../constraints.testing";

const officer = testViewer("LGA_OFFICER");

const EXPRESS = `mutation ($input: ExpressInterestInCorporatePeerChallengeInput!) {
  expressInterestInCorporatePeerChallenge(input: $input) { id status noCost interestExpressedOn localFocusAreas { position title } } }`;
const BOOK = `mutation ($input: BookCorporatePeerChallengeInput!) {
  bookCorporatePeerChallenge(input: $input) { id status onSiteFrom onSiteTo peers { role person { id name provenance } } } }`;
const ON_SITE = `mutation ($id: ID!) { startCorporatePeerChallengeOnSite(input: { id: $id }) { id status } }`;
const FEEDBACK = `mutation ($input: GiveCorporatePeerChallengeFeedbackInput!) {
  giveCorporatePeerChallengeFeedback(input: $input) { id status feedbackGivenOn deliveredInFinancialYear
    coreComponents { component findings } localFocusAreas { position title findings } } }`;
const EVALUATE = `mutation ($input: RecordCorporatePeerChallengeEvaluationInput!) {
  recordCorporatePeerChallengeEvaluation(input: $input) { id satisfaction wouldRecommend } }`;
const PUBLISH = `mutation ($input: PublishCorporatePeerChallengeReportInput!) {
  publishCorporatePeerChallengeReport(input: $input) { id status reportUrl reportPublishedOn } }`;
const CANCEL = `mutation ($input: CancelCorporatePeerChallengeInput!) {
  cancelCorporatePeerChallenge(input: $input) { id status cancelledFrom } }`;

describe.each(["sqlite", "mysql"] as const)("corporate peer challenge on %s", (kind) => {
  const subgraph = startSubgraph(kind, createCorporateServer);
  let fresh: string[];

  beforeAll(async () => {
    // Councils the demo data left without a peer challenge, one per test that writes.
    const { data } = await subgraph.execute("{ councils { code corporatePeerChallenges { id } } }");
    fresh = data!.councils.filter((c: { corporatePeerChallenges: unknown[] }) => !c.corporatePeerChallenges.length).map((c: { code: string }) => c.code);
  });

  const run = (query: string, variables?: Record<string, unknown>) => subgraph.execute(query, variables, officer);
  const express = (council: string, extra: Record<string, unknown> = {}) =>
    run(EXPRESS, { input: { council, interestExpressedOn: "2012-06-01", ...extra } });

  it("seeds demo challenges that add up to the published figures, once", async () => {
    const { data, errors } = await subgraph.execute(
      `{ corporatePeerChallengeProgress { financialYear deliveredInYear delivered bookedOrDiscussed councilsDelivered
           byStatus { status count } published { delivered bookedOrDiscussed deliveredFinancialYear } } }`,
    );
    expect(errors).toBeUndefined();
    const progress = data!.corporatePeerChallengeProgress;
    expect(progress).toMatchObject({ financialYear: "2011/12", deliveredInYear: 24, delivered: 24, bookedOrDiscussed: 70, councilsDelivered: 24 });
    expect(progress.published).toEqual({ delivered: 24, bookedOrDiscussed: 70, deliveredFinancialYear: "2011/12" });
    expect(progress.byStatus).toContainEqual({ status: "CANCELLED", count: 3 });
    const challenges = subgraph.server.database.dataSource.getRepository(CorporatePeerChallenge);
    expect(await challenges.countBy({ provenance: Provenance.DEMO })).toBe(97);
    const people = await subgraph.server.database.dataSource.getRepository(Person).count();
    await seedCorporate(subgraph.server.database.dataSource, subgraph.config);
    expect(await challenges.countBy({ provenance: Provenance.DEMO })).toBe(97);
    expect(await subgraph.server.database.dataSource.getRepository(Person).count()).toBe(people);
  });

  it("filters challenges by state and region, and shows them on the council", async () => {
    const { data, errors } = await subgraph.execute(
      `{ published: corporatePeerChallenges(status: REPORT_PUBLISHED) { id status reportUrl provenance council { code } }
         northEast: corporatePeerChallenges(region: "E12000001") { council { region { code } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.published).toHaveLength(16);
    expect(data!.published.every((c: { reportUrl: string; provenance: string }) => c.reportUrl && c.provenance === "DEMO")).toBe(true);
    expect(new Set(data!.northEast.map((c: { council: { region: { code: string } } }) => c.council.region.code))).toEqual(new Set(["E12000001"]));
    const code = data!.published[0].council.code;
    const council = await subgraph.execute(`query ($code: ID!) { council(code: $code) { corporatePeerChallenges { id status } } }`, { code });
    expect(council.data!.council.corporatePeerChallenges).toContainEqual({ id: data!.published[0].id, status: "REPORT_PUBLISHED" });
  });

  it("moves a challenge through its whole lifecycle, with peers added as people", async () => {
    const council = fresh[0];
    const created = await express(council, { localFocusAreas: ["Economic growth", "Shared services"] });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.expressInterestInCorporatePeerChallenge;
    expect(created.data!.expressInterestInCorporatePeerChallenge).toMatchObject({ status: "INTEREST_EXPRESSED", noCost: true });

    const booked = await run(BOOK, {
      input: {
        id, bookedOn: "2012-06-15", onSiteFrom: "2012-10-01", onSiteTo: "2012-10-04",
        peers: [
          { personId: "gill-taylor", role: "CHALLENGE_MANAGER" },
          { newPerson: { name: "Cllr Test Peer", title: "Leader", organisation: "Another council" }, role: "LEAD_MEMBER_PEER" },
        ],
      },
    });
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookCorporatePeerChallenge.status).toBe("BOOKED");
    const added = booked.data!.bookCorporatePeerChallenge.peers.find((p: { role: string }) => p.role === "LEAD_MEMBER_PEER");
    expect(added.person).toMatchObject({ name: "Cllr Test Peer", provenance: "RECORDED" });

    expect((await run(ON_SITE, { id })).data!.startCorporatePeerChallengeOnSite.status).toBe("ON_SITE");
    const feedback = await run(FEEDBACK, {
      input: {
        id, feedbackGivenOn: "2012-10-04", leadershipFindings: "Strong, visible leadership.",
        corporateCapacityFindings: "Capacity is stretched.", financialResilienceFindings: "A credible medium-term plan.",
        focusAreaFindings: [{ position: 2, findings: "Good progress on sharing." }],
      },
    });
    expect(feedback.errors).toBeUndefined();
    expect(feedback.data!.giveCorporatePeerChallengeFeedback).toMatchObject({
      status: "FEEDBACK_GIVEN",
      deliveredInFinancialYear: "2012/13",
      coreComponents: [
        { component: "LEADERSHIP", findings: "Strong, visible leadership." },
        { component: "CORPORATE_CAPACITY", findings: "Capacity is stretched." },
        { component: "FINANCIAL_RESILIENCE", findings: "A credible medium-term plan." },
      ],
      localFocusAreas: [
        { position: 1, title: "Economic growth", findings: null },
        { position: 2, title: "Shared services", findings: "Good progress on sharing." },
      ],
    });
    const evaluated = await run(EVALUATE, { input: { id, satisfaction: "VERY_SATISFIED", wouldRecommend: true } });
    expect(evaluated.data!.recordCorporatePeerChallengeEvaluation).toEqual({ id, satisfaction: "VERY_SATISFIED", wouldRecommend: true });
    const published = await run(PUBLISH, { input: { id, reportPublishedOn: "2012-11-20", reportUrl: "https://example.org/report.pdf" } });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishCorporatePeerChallengeReport).toMatchObject({ status: "REPORT_PUBLISHED", reportUrl: "https://example.org/report.pdf" });
    const view = await subgraph.execute(`query ($code: ID!) { council(code: $code) { corporatePeerChallenges { id status provenance } } }`, { code: council });
    expect(view.data!.council.corporatePeerChallenges).toEqual([{ id, status: "REPORT_PUBLISHED", provenance: "RECORDED" }]);
  });

  it("refuses an illegal move as CONFLICT naming the current and requested states", async () => {
    const { id } = (await express(fresh[1])).data!.expressInterestInCorporatePeerChallenge;
    const early = await run(PUBLISH, { input: { id, reportPublishedOn: "2012-07-01", reportUrl: "https://example.org/r" } });
    expect(early.errors![0].extensions).toMatchObject({ code: "CONFLICT", current: "INTEREST_EXPRESSED", requested: "REPORT_PUBLISHED", allowed: ["BOOKED", "CANCELLED"] });
    expect(early.errors![0].message).toMatch(/is INTEREST_EXPRESSED and cannot move to REPORT_PUBLISHED: from INTEREST_EXPRESSED a corporate peer challenge moves only to BOOKED or CANCELLED/);
    const onSite = await run(ON_SITE, { id });
    expect(onSite.errors![0].extensions).toMatchObject({ code: "CONFLICT", current: "INTEREST_EXPRESSED", requested: "ON_SITE" });
    expect((await run(CANCEL, { input: { id, cancelledOn: "2012-07-01" } })).data!.cancelCorporatePeerChallenge).toEqual({
      id, status: "CANCELLED", cancelledFrom: "INTEREST_EXPRESSED",
    });
    const again = await run(CANCEL, { input: { id, cancelledOn: "2012-07-02" } });
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", current: "CANCELLED", requested: "CANCELLED", allowed: [] });
    expect(again.errors![0].message).toMatch(/is CANCELLED and cannot move to CANCELLED: CANCELLED is final/);
    const evaluation = await run(EVALUATE, { input: { id, satisfaction: "SATISFIED", wouldRecommend: true } });
    expect(evaluation.errors![0].extensions!.code).toBe("CONFLICT");
    expect(evaluation.errors![0].message).toMatch(/satisfaction is recorded once feedback is given/);
  });

  it("allows one no-cost challenge per council in the window; a cancelled one does not count", async () => {
    const council = fresh[2];
    const first = (await express(council)).data!.expressInterestInCorporatePeerChallenge;
    const second = await express(council, { interestExpressedOn: "2013-01-10" });
    expect(second.data).toBeNull();
    expect(second.errors![0].extensions!.code).toBe("CONFLICT");
    expect(second.errors![0].message).toMatch(/already has its no-cost corporate peer challenge: the offer is one no-cost corporate peer challenge per council in the three years from 1 June 2011/);
    const paid = await express(council, { noCost: false, interestExpressedOn: "2014-09-01" });
    expect(paid.data!.expressInterestInCorporatePeerChallenge).toMatchObject({ noCost: false, status: "INTEREST_EXPRESSED" });
    await run(CANCEL, { input: { id: first.id, cancelledOn: "2012-08-01", reason: "Deferred" } });
    const afterCancel = await express(council, { interestExpressedOn: "2013-02-01" });
    expect(afterCancel.errors).toBeUndefined();
    const outside = await express(fresh[3], { interestExpressedOn: "2014-06-01" });
    expect(outside.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(outside.errors![0].message).toMatch(/outside the no-cost corporate peer challenge offer, which runs from 2011-06-01 to 2014-05-31/);
  });

  it("lets exactly one of 20 concurrent no-cost requests for one council through", async () => {
    const council = fresh[4];
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => express(council, { interestExpressedOn: `2012-07-${String(i + 1).padStart(2, "0")}` })));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    const refused = answers.filter((a) => a.errors);
    expect(refused).toHaveLength(19);
    for (const answer of refused) {
      expect(answer.errors![0].extensions!.code).toBe("CONFLICT");
      expect(answer.errors![0].message).toMatch(/one no-cost corporate peer challenge per council/);
    }
    expect(await subgraph.server.database.dataSource.getRepository(CorporatePeerChallenge).countBy({ councilCode: council })).toBe(1);
  });

  it("lets exactly one of 20 concurrent identical moves through", async () => {
    const { id } = (await express(fresh[5])).data!.expressInterestInCorporatePeerChallenge;
    await run(BOOK, { input: { id, bookedOn: "2012-06-10", onSiteFrom: "2012-09-03", onSiteTo: "2012-09-06" } });
    const answers = await Promise.all(Array.from({ length: 20 }, () => run(ON_SITE, { id })));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    for (const answer of answers.filter((a) => a.errors)) {
      expect(answer.errors![0].extensions).toMatchObject({ code: "CONFLICT", current: "ON_SITE", requested: "ON_SITE", allowed: ["FEEDBACK_GIVEN", "CANCELLED"] });
    }
  });

  it("keeps a person on a team once, and refuses writes without a token", async () => {
    const { id } = (await express(fresh[6])).data!.expressInterestInCorporatePeerChallenge;
    const add = `mutation ($input: AddCorporatePeerChallengePeerInput!) { addCorporatePeerChallengePeer(input: $input) { peers { person { id } } } }`;
    const input = { id, peer: { personId: "gill-taylor", role: "CHALLENGE_MANAGER" } };
    expect((await run(add, { input })).errors).toBeUndefined();
    const twice = await run(add, { input });
    expect(twice.errors![0].extensions!.code).toBe("CONFLICT");
    expect(twice.errors![0].message).toMatch(/a peer sits on a team once/);
    const anonymous = await subgraph.execute(EXPRESS, { input: { council: fresh[7], interestExpressedOn: "2012-06-01" } });
    expect(anonymous.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    const unknown = await express("E06000999");
    expect(unknown.errors![0].extensions!.code).toBe("NOT_FOUND");
  });

  it("backs the rules with the database's own constraints", async () => {
    const challenges = subgraph.server.database.dataSource.getRepository(CorporatePeerChallenge);
    const row = {
      councilCode: fresh[8], status: CorporatePeerChallengeStatus.INTEREST_EXPRESSED, noCost: true, noCostWindow: NO_COST_WINDOW,
      interestExpressedOn: "2012-06-01", provenance: Provenance.RECORDED,
    };
    await challenges.insert({ ...row });
    await expectRefusedBy(
      challenges.insert({ ...row }),
      "unique",
      /cpc_one_no_cost_per_council|corporate_peer_challenge\.council_code, corporate_peer_challenge\.no_cost_window/,
    );
    await expectRefusedBy(challenges.insert({ ...row, councilCode: fresh[9], noCostWindow: null }), "check", /cpc_no_cost_window/);
    await expectRefusedBy(challenges.insert({ ...row, councilCode: fresh[9], interestExpressedOn: "2015-01-01" }), "check", /cpc_no_cost_in_window/);
    await expectRefusedBy(challenges.insert({ ...row, councilCode: fresh[9], status: "PAUSED" as never }), "check", /cpc_status_known/);
    await expectRefusedBy(
      challenges.insert({ ...row, councilCode: fresh[9], status: CorporatePeerChallengeStatus.REPORT_PUBLISHED }),
      "check",
      /cpc_published_has_report/,
    );
    expect(await challenges.countBy({ councilCode: fresh[9] })).toBe(0);
  });
});
