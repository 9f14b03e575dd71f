# Extends the stretch to the end of the latest order instead of the larger end, so an order lying
# inside a long one cuts the stretch short.
class Solution:
    def merge(self, intervals):
        intervals.sort()
        out = []
        for start, end in intervals:
            if out and start <= out[-1][1]:
                out[-1][1] = end
            else:
                out.append([start, end])
        return out
