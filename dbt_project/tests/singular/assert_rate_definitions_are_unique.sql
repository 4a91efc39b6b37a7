-- A rate is made up of one numerator and denominator pair once: a repeated row would pair a
-- stated rate with the same figures twice.
select
    rate_metric,
    denominator_metric,
    count(*) as definitions
from {{ ref('rate_definitions') }}
group by rate_metric, denominator_metric
having count(*) > 1
