// Uses std::partition, which puts the non-zero values first but does not keep their order
// (stable_partition does).
class Solution {
public:
    void moveZeroes(vector<int>& nums) {
        partition(nums.begin(), nums.end(), [](int x) { return x != 0; });
    }
};
