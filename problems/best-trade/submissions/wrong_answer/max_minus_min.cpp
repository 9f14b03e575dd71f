// Highest price minus lowest price, forgetting that the sale must come after the purchase.
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int hi = *max_element(prices.begin(), prices.end());
        int lo = *min_element(prices.begin(), prices.end());
        return hi - lo;
    }
};
