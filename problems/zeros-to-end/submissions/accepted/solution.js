/**
 * @param {number[]} nums
 * @return {void} Do not return anything, modify nums in-place instead.
 */
var moveZeroes = function(nums) {
    // Swaps each load forward to the write position: zeros drift to the back.
    let write = 0;
    for (let i = 0; i < nums.length; i++) {
        if (nums[i] !== 0) {
            const t = nums[write];
            nums[write] = nums[i];
            nums[i] = t;
            write++;
        }
    }
};
