// A max-heap of the k best readings seen so far, ordered by (distance, reading):
// its top is the worst of the chosen ones and is evicted by any better reading.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    long long t;
    cin >> n >> k >> t;
    priority_queue<pair<long long, long long>> heap;
    for (int i = 0; i < n; i++) {
        long long a;
        cin >> a;
        pair<long long, long long> key{llabs(a - t), a};
        if ((int)heap.size() < k) {
            heap.push(key);
        } else if (key < heap.top()) {
            heap.pop();
            heap.push(key);
        }
    }
    vector<long long> chosen;
    chosen.reserve(k);
    while (!heap.empty()) {
        chosen.push_back(heap.top().second);
        heap.pop();
    }
    sort(chosen.begin(), chosen.end());
    string out;
    for (size_t i = 0; i < chosen.size(); i++) {
        if (i) out += ' ';
        out += to_string(chosen[i]);
    }
    out += '\n';
    cout << out;
}
