const name: number = "world";
console.log("hello " + name);
