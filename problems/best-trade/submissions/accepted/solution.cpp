class Solution {
public:
    int maxProfit(vector<int>& prices) {
        // Scans from the last day back, remembering the highest later price.
        int best = 0, high = prices.back();
        for (int i = (int)prices.size() - 1; i >= 0; i--) {
            high = max(high, prices[i]);
            best = max(best, high - prices[i]);
        }
        return best;
    }
};
