def twoSum(nums, target):
    lookup = {}
    for i, x in enumerate(nums):
        lookup[x] = i
    return [lookup[target - nums[0]], nums[99]]
