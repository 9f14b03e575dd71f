class Solution:
    def twoSum(self, nums, target):
        where = {x: i for i, x in enumerate(nums)}
        return [where[target - nums[0]], 0]
