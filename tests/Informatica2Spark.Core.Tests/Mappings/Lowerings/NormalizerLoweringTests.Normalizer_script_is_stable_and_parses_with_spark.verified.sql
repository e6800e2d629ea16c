-- normalizer_occurs: the mapping m_normalizer_occurs as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: STORE_SALES as `STORE_SALES__read` (for SQ_STORE_SALES).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_STORE_SALES (Source Qualifier): reads STORE_SALES
CREATE OR REPLACE TEMPORARY VIEW `SQ_STORE_SALES` AS
  SELECT
    `STORE` AS `SQ_STORE_SALES.STORE`,
    `Q1` AS `SQ_STORE_SALES.Q1`,
    `Q2` AS `SQ_STORE_SALES.Q2`,
    `Q3` AS `SQ_STORE_SALES.Q3`
  FROM `STORE_SALES__read`;

-- step 2: NRM_SALES (Normalizer): numbers the rows for GK_sales
CREATE OR REPLACE TEMPORARY VIEW `NRM_SALES` AS
  SELECT
    *,
    :SEQ__NRM_SALES__GK_sales__START + ((CAST(row_number() OVER (ORDER BY `NRM_SALES.__order` ASC NULLS LAST) AS BIGINT) - 1) * 1) AS `NRM_SALES.GK_sales`
  FROM (
    SELECT
      *,
      monotonically_increasing_id() AS `NRM_SALES.__order`
    FROM `SQ_STORE_SALES`
  ) `numbered`;

-- step 3: NRM_SALES (Normalizer): one row per occurrence (3) of each input row
CREATE OR REPLACE TEMPORARY VIEW `NRM_SALES_2` AS
  SELECT
    `SQ_STORE_SALES.Q1` AS `NRM_SALES.sales`,
    `SQ_STORE_SALES.STORE` AS `NRM_SALES.store`,
    `NRM_SALES.GK_sales` AS `NRM_SALES.GK_sales`,
    1 AS `NRM_SALES.GCID_sales`
  FROM `NRM_SALES`
  UNION ALL
  SELECT
    `SQ_STORE_SALES.Q2` AS `NRM_SALES.sales`,
    `SQ_STORE_SALES.STORE` AS `NRM_SALES.store`,
    `NRM_SALES.GK_sales` AS `NRM_SALES.GK_sales`,
    2 AS `NRM_SALES.GCID_sales`
  FROM `NRM_SALES`
  UNION ALL
  SELECT
    `SQ_STORE_SALES.Q3` AS `NRM_SALES.sales`,
    `SQ_STORE_SALES.STORE` AS `NRM_SALES.store`,
    `NRM_SALES.GK_sales` AS `NRM_SALES.GK_sales`,
    3 AS `NRM_SALES.GCID_sales`
  FROM `NRM_SALES`;

-- step 4: T_SALES (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_SALES` AS
  SELECT
    `NRM_SALES.GK_sales` AS `ROW_KEY`,
    `NRM_SALES.GCID_sales` AS `QUARTER`,
    `NRM_SALES.store` AS `STORE`,
    `NRM_SALES.sales` AS `SALES`
  FROM `NRM_SALES_2`;
