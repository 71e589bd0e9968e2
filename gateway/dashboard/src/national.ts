import { gql } from "./api";
import { chart, columnsWithTarget, stackedBars, type BarDatum } from "./charts";
import { badge, h, link, number, percent, sentence, table, tile, words } from "./dom";
import { regions, type RegionName } from "./regions";
import { asAtInWords, publishedFigure } from "./published";
import { section } from "./section";

export const CORPORATE_YEAR = "2011/12";
export const LEADERSHIP_YEARS = ["2011/12", "2012/13", "2013/14", "2014/15"];

const regionAlias = (code: string) => `r_${code}`;

interface Progress {
  financialYear: string;
  deliveredInYear: number;
  delivered: number;
  bookedOrDiscussed: number;
  councilsDelivered: number;
}

async function corporate(): Promise<HTMLElement> {
  const all = await regions();
  const fields = "financialYear deliveredInYear delivered bookedOrDiscussed councilsDelivered";
  const query = `query NationalCorporatePeerChallenge($year: String!) {
    england: corporatePeerChallengeProgress(financialYear: $year) { ${fields} }
    ${all.map((region) => `${regionAlias(region.code)}: corporatePeerChallengeProgress(financialYear: $year, region: "${region.code}") { ${fields} }`).join("\n")}
  }`;
  const { data } = await gql<Record<string, Progress>>(query, { year: CORPORATE_YEAR });
  const england = data!.england;
  const [published, booked] = await Promise.all([
    publishedFigure("corporate_peer_challenges_delivered_2011_12"),
    publishedFigure("corporate_peer_challenges_booked_or_discussed"),
  ]);
  const byRegion: BarDatum[] = all.flatMap((region) => {
    const progress = data![regionAlias(region.code)];
    return [
      { label: region.name, series: "delivered", value: progress.delivered },
      { label: region.name, series: "booked or being discussed", value: progress.bookedOrDiscussed },
    ];
  });
  const title = "Corporate peer challenges by region";
  const description = `Horizontal stacked bars for the nine regions: challenges delivered and challenges booked or being discussed. England: ${england.delivered} delivered, ${england.bookedOrDiscussed} booked or being discussed.`;
  return h(
    "div",
    {},
    h(
      "div",
      { class: "tiles" },
      tile("corporate-delivered", `Delivered in ${england.financialYear}`, england.deliveredInYear, `published: ${published.value}`),
      tile("corporate-booked", "Booked or being discussed", england.bookedOrDiscussed, `published: ${booked.value} (${asAtInWords(booked.asAt)})`),
      tile("corporate-councils", "Councils with a challenge delivered", england.councilsDelivered),
    ),
    chart({
      id: "corporate-by-region", boards: ["corporate"],
      title,
      description,
      draw: (width) => stackedBars(byRegion, { width, title, description, series: ["delivered", "booked or being discussed"], xLabel: "challenges", labels: all.map((r) => r.name) }),
      data: {
        headers: ["Region", "Delivered", "Booked or being discussed"],
        rows: all.map((region) => [region.name, data![regionAlias(region.code)].delivered, data![regionAlias(region.code)].bookedOrDiscussed]),
      },
      note: h("span", {}, `Published (${published.source}): `, h("q", {}, `${published.passage} and ${booked.passage}`)),
    }),
  );
}

interface LeadershipSummary {
  financialYear: string;
  places: number;
  councils: number;
  subsidisedPlaces: number;
  publishedCouncils: number | null;
  byProgramme?: Array<{ programme: string; places: number }>;
}

async function leadership(): Promise<HTMLElement> {
  const query = `query NationalLeadershipByYear {
    ${LEADERSHIP_YEARS.map((year, index) => `y${index}: leadershipOfferSummary(financialYear: "${year}") { financialYear places councils subsidisedPlaces publishedCouncils }`).join("\n")}
  }`;
  const { data } = await gql<Record<string, LeadershipSummary>>(query);
  const years = LEADERSHIP_YEARS.map((_, index) => data![`y${index}`]);
  const latest = [...years].reverse().find((year) => year.places > 0) ?? years[0];
  const all = await regions();
  const regional = await gql<Record<string, LeadershipSummary>>(
    `query NationalLeadershipByRegion($year: String!) {
      ${all.map((region) => `${regionAlias(region.code)}: leadershipOfferSummary(financialYear: $year, region: "${region.code}") { financialYear places councils subsidisedPlaces publishedCouncils byProgramme { programme places } }`).join("\n")}
    }`,
    { year: latest.financialYear },
  );
  const programmes = [...new Set(all.flatMap((region) => regional.data![regionAlias(region.code)].byProgramme!.map((count) => count.programme)))];
  const byRegion: BarDatum[] = all.flatMap((region) =>
    regional.data![regionAlias(region.code)].byProgramme!.map((count) => ({ label: region.name, series: words(count.programme), value: count.places })),
  );
  const yearTitle = "Leadership offer: councils and places by financial year";
  const yearDescription = `Columns for ${LEADERSHIP_YEARS.join(", ")}: councils taking up the offer, with the published figure marked. ${years.map((y) => `${y.financialYear}: ${y.councils} councils, ${y.places} places`).join("; ")}.`;
  const regionTitle = `Leadership places by region, ${latest.financialYear}`;
  const regionDescription = `Horizontal stacked bars: places on each leadership programme by region in ${latest.financialYear}.`;
  return h(
    "div",
    {},
    h(
      "div",
      { class: "tiles" },
      tile("leadership-councils", `Councils taking up the offer, ${latest.financialYear}`, latest.councils, latest.publishedCouncils !== null ? `published: ${latest.publishedCouncils}` : null),
      tile("leadership-places", `Places, ${latest.financialYear}`, latest.places),
      tile("leadership-subsidised", "Subsidised places, 2012/13 to 2014/15", years.reduce((sum, year) => sum + year.subsidisedPlaces, 0)),
    ),
    h(
      "div",
      { class: "charts-2" },
      chart({
        id: "leadership-by-year", boards: ["corporate"],
        title: yearTitle,
        description: yearDescription,
        draw: (width) => columnsWithTarget(years.map((y) => ({ label: y.financialYear, value: y.councils, published: y.publishedCouncils })), { width, title: yearTitle, description: yearDescription, yLabel: "councils", seriesLabel: "councils (recorded)" }),
        data: { headers: ["Financial year", "Councils", "Places", "Subsidised places", "Published councils"], rows: years.map((y) => [y.financialYear, y.councils, y.places, y.subsidisedPlaces, y.publishedCouncils ?? "—"]) },
      }),
      chart({
        id: "leadership-by-region", boards: ["corporate"],
        title: regionTitle,
        description: regionDescription,
        draw: (width) => stackedBars(byRegion, { width, title: regionTitle, description: regionDescription, series: programmes.map(words), xLabel: "places", labels: all.map((r) => r.name) }),
        data: {
          headers: ["Region", "Places", "Councils", ...programmes.map(sentence)],
          rows: all.map((region) => {
            const summary = regional.data![regionAlias(region.code)];
            return [region.name, summary.places, summary.councils, ...programmes.map((programme) => summary.byProgramme!.find((count) => count.programme === programme)?.places ?? 0)];
          }),
        },
      }),
    ),
  );
}

interface Coverage {
  upperTierCouncils: number;
  engaged: number;
  completed: number;
  notYetEngaged: number;
  shareEngaged: number;
  targetDate: string;
  targetMet: boolean;
}

async function childrensCoverage(): Promise<HTMLElement> {
  const fields = "upperTierCouncils engaged completed notYetEngaged shareEngaged targetDate targetMet";
  const { data } = await gql<{ childrensPeerChallengeCoverage: { england: Coverage; regions: Array<Coverage & { regionCode: string }> } }>(
    `query NationalChildrensPeerChallengeCoverage { childrensPeerChallengeCoverage { england { ${fields} } regions { regionCode ${fields} } } }`,
  );
  const names = new Map((await regions()).map((region: RegionName) => [region.code, region.name]));
  const { england, regions: byRegion } = data!.childrensPeerChallengeCoverage;
  const name = (code: string) => names.get(code) ?? code;
  const series = ["completed", "engaged, not yet completed", "not yet engaged"];
  const bars: BarDatum[] = byRegion.flatMap((region) => [
    { label: name(region.regionCode), series: series[0], value: region.completed },
    { label: name(region.regionCode), series: series[1], value: region.engaged - region.completed },
    { label: name(region.regionCode), series: series[2], value: region.notYetEngaged },
  ]);
  const title = `Children's services peer challenge coverage by region, against ${england.targetDate}`;
  const description = `Horizontal stacked bars of each region's upper-tier councils: completed, engaged but not completed, not yet engaged. England: ${england.engaged} of ${england.upperTierCouncils} engaged.`;
  return h(
    "div",
    {},
    h(
      "div",
      { class: "tiles" },
      tile("children-engaged", "Upper-tier councils engaged", `${england.engaged} of ${england.upperTierCouncils}`, `${percent(england.shareEngaged)} engaged`),
      tile("children-completed", "Peer challenges completed", england.completed),
      tile("children-not-engaged", "Not yet engaged", england.notYetEngaged),
      tile("children-target", `All engaged by ${england.targetDate}`, england.targetMet ? "met" : "not yet", "the published commitment"),
    ),
    chart({
      id: "children-coverage-by-region", boards: ["children"],
      title,
      description,
      draw: (width) => stackedBars(bars, { width, title, description, series, xLabel: "upper-tier councils", labels: byRegion.map((r) => name(r.regionCode)) }),
      data: {
        headers: ["Region", "Upper-tier councils", "Engaged", "Completed", "Not yet engaged", "Share engaged", "Target met"],
        rows: byRegion.map((region) => [name(region.regionCode), region.upperTierCouncils, region.engaged, region.completed, region.notYetEngaged, percent(region.shareEngaged), region.targetMet ? "yes" : "no"]),
      },
    }),
  );
}

const SAFEGUARDING_STATUSES = ["REPORTED", "ON_SITE", "SCHEDULED", "REQUESTED", "WITHDRAWN"];

async function safeguarding(): Promise<HTMLElement> {
  const { data } = await gql<{
    safeguardingPeerReviewSummary: { delivered: number; requested: number; scheduled: number; onSite: number; withdrawn: number; costToCouncil: number };
    councils: Array<{ region: { code: string; name: string }; safeguardingPeerReviews: Array<{ status: string }> | null }>;
  }>(`query NationalSafeguardingPeerReviews {
    safeguardingPeerReviewSummary { delivered requested scheduled onSite withdrawn costToCouncil }
    councils(upperTier: true) { region { code name } safeguardingPeerReviews { status } }
  }`);
  const summary = data!.safeguardingPeerReviewSummary;
  const published = await publishedFigure("childrens_safeguarding_peer_reviews_delivered");
  const all = await regions();
  const counts = new Map<string, number>();
  for (const council of data!.councils) {
    for (const review of council.safeguardingPeerReviews ?? []) {
      const key = `${council.region.code}/${review.status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const label = (status: string) => (status === "REPORTED" ? "delivered (reported)" : words(status));
  const bars: BarDatum[] = all.flatMap((region) =>
    SAFEGUARDING_STATUSES.map((status) => ({ label: region.name, series: label(status), value: counts.get(`${region.code}/${status}`) ?? 0 })),
  );
  const title = "Safeguarding peer reviews by region and status";
  const description = `Horizontal stacked bars: each region's safeguarding peer reviews by status. England: ${summary.delivered} delivered, ${summary.requested} waiting in the queue.`;
  return h(
    "div",
    {},
    h(
      "div",
      { class: "tiles" },
      tile("safeguarding-delivered", "Delivered (reported)", summary.delivered, `published: ${published.value} to date (${asAtInWords(published.asAt)})`),
      tile("safeguarding-requested", "Waiting in the queue", summary.requested),
      tile("safeguarding-scheduled", "Scheduled", summary.scheduled),
      tile("safeguarding-on-site", "On site", summary.onSite),
      tile("safeguarding-cost", "Cost to councils", `£${number(summary.costToCouncil)}`),
    ),
    chart({
      id: "safeguarding-by-region", boards: ["children"],
      title,
      description,
      draw: (width) => stackedBars(bars, { width, title, description, series: SAFEGUARDING_STATUSES.map(label), xLabel: "reviews", labels: all.map((r) => r.name) }),
      data: {
        headers: ["Region", ...SAFEGUARDING_STATUSES.map((status) => sentence(label(status)))],
        rows: all.map((region) => [region.name, ...SAFEGUARDING_STATUSES.map((status) => counts.get(`${region.code}/${status}`) ?? 0)]),
      },
    }),
  );
}

export const SIGN_OFF_STEPS = ["GATHERING_EVIDENCE", "INVITED_TO_PRESENT", "PRESENTED", "RECOGNISED"];

interface SignOffProgress {
  council: { code: string; name: string; region: { code: string; name: string } };
  status: string | null;
  signOff: { illustrative: boolean; recognisedOn: string | null; recognisedOnPrecision: "DAY" | "MONTH" | null } | null;
  missing: Array<{ requirement: string; neededFor: string; description: string }>;
}

/** When a council was recognised, as precisely as the source says: a day, or only the month ("2012-04"). */
const recognisedWhen = (signOff: SignOffProgress["signOff"]) =>
  !signOff?.recognisedOn ? "" : signOff.recognisedOnPrecision === "MONTH" ? signOff.recognisedOn.slice(0, 7) : signOff.recognisedOn;

async function adults(): Promise<HTMLElement> {
  const { data } = await gql<{ adultsSignOffProgramme: SignOffProgress[] }>(`query NationalAdultsSignOff {
    adultsSignOffProgramme {
      council { code name region { code name } }
      status
      signOff { illustrative recognisedOn recognisedOnPrecision }
      missing { requirement neededFor description }
    }
  }`);
  const programme = data!.adultsSignOffProgramme;
  const [adequate, recognisedBy] = await Promise.all([
    publishedFigure("teasc_adequate_councils"),
    publishedFigure("teasc_adequate_councils_recognised_by_april_2012"),
  ]);
  const recognised = programme.filter((entry) => entry.status === "RECOGNISED").length;
  const bars: BarDatum[] = programme.map((entry) => ({
    label: entry.council.name,
    series: entry.status ? words(entry.status) : "not entered",
    value: entry.status ? SIGN_OFF_STEPS.indexOf(entry.status) + 1 : 0,
  }));
  const title = "Adult social care sign-off: the stage each council rated adequate has reached";
  const description = `Horizontal bars, one per council, from 1 (gathering evidence) to 4 (recognised). ${programme.map((entry) => `${entry.council.name}: ${words(entry.status)}`).join("; ")}.`;
  return h(
    "div",
    {},
    h(
      "div",
      { class: "tiles" },
      tile("adults-councils", "Councils in the sign-off", programme.length, `published: the ${adequate.value} rated adequate`),
      tile("adults-recognised", "Recognised (signed off)", recognised, `published: ${recognisedBy.value} by ${asAtInWords(recognisedBy.asAt)}`),
    ),
    chart({
      id: "adults-sign-off", boards: ["adults"],
      title,
      description,
      draw: (width) => stackedBars(bars, { width, title, description, series: SIGN_OFF_STEPS.map(words), xLabel: "stage reached (of 4)", labels: programme.map((e) => e.council.name) }),
      data: { headers: ["Council", "Stage", "Status"], rows: programme.map((entry) => [entry.council.name, entry.status ? SIGN_OFF_STEPS.indexOf(entry.status) + 1 : 0, words(entry.status)]) },
    }),
    table(
      "What each council still needs for sign-off",
      ["Council", "Region", "Status", "Still needs"],
      programme.map((entry) => [
        h("span", {}, link(`/dashboard/council/${entry.council.code}`, entry.council.name), entry.signOff?.illustrative ? [" ", badge("illustrative", "demo")] : null),
        link(`/dashboard/region/${entry.council.region.code}`, entry.council.region.name),
        entry.status === "RECOGNISED" ? `recognised ${recognisedWhen(entry.signOff)}`.trim() : words(entry.status),
        entry.missing.length
          ? h("ul", { class: "compact" }, entry.missing.map((item) => h("li", { "data-requirement": item.requirement }, `${item.description} (for ${words(item.neededFor)})`)))
          : "nothing: signed off",
      ]),
      { "data-table": "adults-missing" },
    ),
  );
}

/** The national view: public, every programme against the published figures. */
export function nationalView(): HTMLElement {
  return h(
    "div",
    { class: "view", "data-view": "national" },
    h("h1", {}, "England: sector-led improvement against the published figures"),
    h("p", { class: "lede" }, "Each programme's progress as the graph records it, set against the figures the LGA and its partner boards published in 2012. Public: no sign-in needed."),
    section("corporate", "Corporate peer challenge (LGA)", corporate, undefined, ["corporate"]),
    section("leadership", "Leadership offer (LGA)", leadership, undefined, ["corporate"]),
    section("children-coverage", "Children's services peer challenge (CIB)", childrensCoverage, "The CIB's commitment: every council engaged in peer challenge by 31 December 2012.", ["children"]),
    section("safeguarding", "Safeguarding peer reviews (CIB)", safeguarding, undefined, ["children"]),
    section("adults", "Adult social care sign-off (TEASC)", adults, "The seven councils the CQC rated adequate in 2009-10, and what each still needs before the TEASC board recognises its progress.", ["adults"]),
  );
}
