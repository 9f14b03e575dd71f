-- Total each day first, then run a window sum over the daily totals in day order.
WITH daily AS (
  SELECT sale_day, SUM(amount) AS revenue
  FROM sales
  GROUP BY sale_day
)
SELECT sale_day, revenue,
       SUM(revenue) OVER (ORDER BY sale_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
         AS running_total
FROM daily
ORDER BY sale_day;
