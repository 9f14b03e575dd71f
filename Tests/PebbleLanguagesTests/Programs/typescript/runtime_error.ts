import * as fs from "fs";
const data: string = fs.readFileSync(0, "utf8");
const value: any = null;
console.log(value.length + data.length);
