// The toolkit's seeded sequence, under the name this board's demo generators use.
export { addDays, demoRandom as seededRandom } from "@sli/shared";
