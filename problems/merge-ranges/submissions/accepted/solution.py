class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort(key=lambda iv: iv[0])
        out = []
        for start, end in intervals:
            if out and start <= out[-1][1]:
                if end > out[-1][1]:
                    out[-1][1] = end
            else:
                out.append([start, end])
        return out
