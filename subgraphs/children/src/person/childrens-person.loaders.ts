import { keyedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { ChildrensPerson } from "./childrens-person.entity";

export function createChildrensPersonLoaders(dataSource: DataSource) {
  const people = dataSource.getRepository(ChildrensPerson);
  return {
    childrensPersonById: keyedLoader(
      (ids: readonly number[]) => people.findBy({ id: In([...ids]) }),
      (person) => person.id,
    ),
  };
}
