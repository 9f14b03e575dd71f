// Flood fill every island with an array used as a stack (no recursion), counting the fills.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(in.readLine());
        int r = Integer.parseInt(st.nextToken()), c = Integer.parseInt(st.nextToken());
        boolean[] land = new boolean[r * c];
        for (int i = 0; i < r; i++) {
            String line = in.readLine().trim();
            for (int j = 0; j < c; j++) land[i * c + j] = line.charAt(j) == '#';
        }
        int[] stack = new int[r * c];
        int islands = 0;
        for (int start = 0; start < r * c; start++) {
            if (!land[start]) continue;
            islands++;
            land[start] = false;
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int p = stack[--top];
                int x = p / c, y = p % c;
                if (x > 0 && land[p - c]) { land[p - c] = false; stack[top++] = p - c; }
                if (x < r - 1 && land[p + c]) { land[p + c] = false; stack[top++] = p + c; }
                if (y > 0 && land[p - 1]) { land[p - 1] = false; stack[top++] = p - 1; }
                if (y < c - 1 && land[p + 1]) { land[p + 1] = false; stack[top++] = p + 1; }
            }
        }
        System.out.println(islands);
    }
}
