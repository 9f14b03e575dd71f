-- Adds up the days strictly before each day: the running total misses the day itself, and
-- the inner join drops the first day, which has no earlier day.
WITH daily AS (
  SELECT sale_day, SUM(amount) AS revenue FROM sales GROUP BY sale_day
)
SELECT a.sale_day, a.revenue, SUM(b.revenue) AS running_total
FROM daily AS a
JOIN daily AS b ON b.sale_day < a.sale_day
GROUP BY a.sale_day
ORDER BY a.sale_day;
