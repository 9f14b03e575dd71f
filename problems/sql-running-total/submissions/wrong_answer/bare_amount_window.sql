-- Groups by day but writes SUM(amount) inside the window: after GROUP BY, "amount" is one
-- bare value of the group (one of that day's sales), so the running total adds up one sale
-- per day instead of the day's revenue. SUM(SUM(amount)) OVER (...) was meant.
SELECT sale_day,
       SUM(amount) AS revenue,
       SUM(amount) OVER (ORDER BY sale_day) AS running_total
FROM sales
GROUP BY sale_day
ORDER BY sale_day;
