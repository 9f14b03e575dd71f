// Sorts the log and reports the first value that differs from its right neighbour,
// stepping by one instead of by pairs: in 1 1 2 3 3 it stops at the second 1.
import java.io.*;
import java.util.*;

public class right_neighbour {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        int[] v = new int[n];
        for (int i = 0; i < n; i++) v[i] = Integer.parseInt(st.nextToken());
        Arrays.sort(v);
        int ans = v[n - 1];
        for (int i = 0; i + 1 < n; i++) {
            if (v[i] != v[i + 1]) {
                ans = v[i];
                break;
            }
        }
        System.out.println(ans);
    }
}
