import java.io.DataInputStream;
import java.io.IOException;

public class Solution {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, pos = 0;

    private static int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) return -1;
        }
        return buf[pos++];
    }

    private static long nextLong() throws IOException {
        int c = read();
        while (c < '0' || c > '9') c = read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return v;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong(), cap = (int) nextLong();
        // best[x]: the most coins earned by goods weighing at most x grams in total; x runs
        // downwards so that every good is used at most once. Totals reach 10^11: long.
        long[] best = new long[cap + 1];
        for (int i = 0; i < n; i++) {
            int w = (int) nextLong();
            long v = nextLong();
            for (int x = cap; x >= w; x--) {
                long t = best[x - w] + v;
                if (t > best[x]) best[x] = t;
            }
        }
        System.out.println(best[cap]);
    }
}
