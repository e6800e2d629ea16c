-- aggregator_last_row: the mapping m_aggregator_last_row as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: SALES as `SALES__read` (for SQ_SALES).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_SALES (Source Qualifier): reads SALES
CREATE OR REPLACE TEMPORARY VIEW `SQ_SALES` AS
  SELECT
    `ID` AS `SQ_SALES.ID`,
    `DEPT` AS `SQ_SALES.DEPT`,
    `AMOUNT` AS `SQ_SALES.AMOUNT`,
    `NOTE` AS `SQ_SALES.NOTE`
  FROM `SALES__read`;

-- step 2: AGG_SALES (Aggregator): aggregates the rows of each DEPT
CREATE OR REPLACE TEMPORARY VIEW `AGG_SALES` AS
  SELECT
    `SQ_SALES.DEPT` AS `AGG_SALES.DEPT`,
    max_by(`SQ_SALES.NOTE`, `__i2s_row`) AS `AGG_SALES.NOTE`,
    sum(`SQ_SALES.AMOUNT`) AS `AGG_SALES.TOTAL`,
    count(`SQ_SALES.AMOUNT`) AS `AGG_SALES.CNT`,
    sum(`SQ_SALES.AMOUNT`) FILTER (WHERE `SQ_SALES.AMOUNT` > 100) AS `AGG_SALES.BIG_TOTAL`,
    sum(CAST(CASE WHEN `SQ_SALES.AMOUNT` IS NULL THEN 0.0D ELSE CAST(`SQ_SALES.AMOUNT` AS DOUBLE) END AS DECIMAL(12,2))) AS `AGG_SALES.CLEAN_TOTAL`,
    max_by(`SQ_SALES.ID`, `__i2s_row`) AS `AGG_SALES.LAST_ID`
  FROM (
    SELECT
      *,
      monotonically_increasing_id() AS `__i2s_row`
    FROM `SQ_SALES`
  ) `numbered`
  GROUP BY `SQ_SALES.DEPT`;

-- step 3: T_DEPT (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_DEPT` AS
  SELECT
    `AGG_SALES.DEPT` AS `DEPT`,
    `AGG_SALES.TOTAL` AS `TOTAL`,
    `AGG_SALES.CNT` AS `CNT`,
    `AGG_SALES.BIG_TOTAL` AS `BIG_TOTAL`,
    `AGG_SALES.CLEAN_TOTAL` AS `CLEAN_TOTAL`,
    `AGG_SALES.NOTE` AS `NOTE`,
    `AGG_SALES.LAST_ID` AS `LAST_ID`
  FROM `AGG_SALES`;
