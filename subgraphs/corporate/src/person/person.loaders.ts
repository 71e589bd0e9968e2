import { keyedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { Person } from "./person.entity";

export function createPersonLoaders(dataSource: DataSource) {
  const people = dataSource.getRepository(Person);
  return {
    personById: keyedLoader(
      (ids: readonly string[]) => people.findBy({ id: In([...ids]) }),
      (person) => person.id,
    ),
  };
}
