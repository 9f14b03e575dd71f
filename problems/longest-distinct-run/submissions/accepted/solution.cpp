#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    string s;
    cin >> n >> k >> s;
    // Sliding window [left, right]: it always holds at most k distinct letters.
    array<int, 26> cnt{};
    int distinct = 0, left = 0, best = 0;
    for (int right = 0; right < (int)s.size(); right++) {
        if (cnt[s[right] - 'a']++ == 0) distinct++;
        while (distinct > k) {
            if (--cnt[s[left] - 'a'] == 0) distinct--;
            left++;
        }
        best = max(best, right - left + 1);
    }
    cout << best << "\n";
}
