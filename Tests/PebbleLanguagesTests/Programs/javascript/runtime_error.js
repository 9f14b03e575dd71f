const data = require("fs").readFileSync(0, "utf8");
let value = null;
console.log(value.length + data.length);
