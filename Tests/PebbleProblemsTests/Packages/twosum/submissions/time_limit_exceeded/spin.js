var twoSum = function(nums, target) {
    while (true) {}
};
