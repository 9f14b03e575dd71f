const name = 1;
console.log("hello " name);
