// Treats neighbouring marks as touching: [2, 5] and [6, 7] are merged although mark 5 and mark 6
// are different marks and nothing closes the road between them.
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        vector<vector<int>> out;
        for (auto& iv : intervals) {
            if (!out.empty() && (long long)iv[0] <= (long long)out.back()[1] + 1) out.back()[1] = max(out.back()[1], iv[1]);
            else out.push_back(iv);
        }
        return out;
    }
};
