import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

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
        while (c != '-' && (c < '0' || c > '9')) c = read();
        boolean neg = c == '-';
        if (neg) c = read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return neg ? -v : v;
    }

    // A binary min-heap of (distance, town) pairs kept in two parallel arrays.
    private static long[] hd;
    private static int[] hv;
    private static int hsize = 0;

    private static void push(long d, int v) {
        if (hsize == hd.length) {
            hd = Arrays.copyOf(hd, hsize * 2);
            hv = Arrays.copyOf(hv, hsize * 2);
        }
        int i = hsize++;
        while (i > 0) {
            int p = (i - 1) >> 1;
            if (hd[p] <= d) break;
            hd[i] = hd[p];
            hv[i] = hv[p];
            i = p;
        }
        hd[i] = d;
        hv[i] = v;
    }

    private static void popTop() {
        long d = hd[--hsize];
        int v = hv[hsize];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= hsize) break;
            if (c + 1 < hsize && hd[c + 1] < hd[c]) c++;
            if (hd[c] >= d) break;
            hd[i] = hd[c];
            hv[i] = hv[c];
            i = c;
        }
        hd[i] = d;
        hv[i] = v;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong(), m = (int) nextLong(), s = (int) nextLong();
        int[] eu = new int[m], ev = new int[m];
        long[] ew = new long[m];
        int[] start = new int[n + 2];
        for (int i = 0; i < m; i++) {
            eu[i] = (int) nextLong();
            ev[i] = (int) nextLong();
            ew[i] = nextLong();
            start[eu[i] + 1]++;
        }
        for (int i = 1; i <= n + 1; i++) start[i] += start[i - 1];
        int[] fill = Arrays.copyOf(start, n + 2);
        int[] head = new int[m];
        long[] cost = new long[m];
        for (int i = 0; i < m; i++) {
            int p = fill[eu[i]]++;
            head[p] = ev[i];
            cost[p] = ew[i];
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, -1);
        hd = new long[16];
        hv = new int[16];
        dist[s] = 0;
        push(0, s);
        while (hsize > 0) {
            long d = hd[0];
            int u = hv[0];
            popTop();
            if (d != dist[u]) continue;
            for (int p = start[u]; p < start[u + 1]; p++) {
                int v = head[p];
                long nd = d + cost[p];
                if (dist[v] < 0 || nd < dist[v]) {
                    dist[v] = nd;
                    push(nd, v);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i > 1) out.append(' ');
            out.append(dist[i]);
        }
        out.append('\n');
        System.out.print(out);
    }
}
