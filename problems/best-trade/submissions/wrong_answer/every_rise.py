# Adds up every day-to-day rise, as if she could trade again and again.
class Solution:
    def maxProfit(self, prices):
        total = 0
        for i in range(1, len(prices)):
            if prices[i] > prices[i - 1]:
                total += prices[i] - prices[i - 1]
        return total
