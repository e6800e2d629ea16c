-- mapping.sql of FILES/WF:wf_files/ST:s_sales_anydelim: the mapping m_sales_anydelim as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: SALES_ANYDELIM as `SALES_ANYDELIM__read` (for SQ_SALES_ANYDELIM).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_SALES_ANYDELIM (Source Qualifier): reads SALES_ANYDELIM
CREATE OR REPLACE TEMPORARY VIEW `SQ_SALES_ANYDELIM` AS
  SELECT
    `SALE_ID` AS `SQ_SALES_ANYDELIM.SALE_ID`,
    `REGION` AS `SQ_SALES_ANYDELIM.REGION`,
    `AMOUNT` AS `SQ_SALES_ANYDELIM.AMOUNT`,
    `SOLD_AT` AS `SQ_SALES_ANYDELIM.SOLD_AT`
  FROM `SALES_ANYDELIM__read`;

-- step 2: SALES_OUT (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__SALES_OUT` AS
  SELECT
    `SQ_SALES_ANYDELIM.SALE_ID` AS `SALE_ID`,
    `SQ_SALES_ANYDELIM.REGION` AS `REGION`,
    `SQ_SALES_ANYDELIM.AMOUNT` AS `AMOUNT`,
    `SQ_SALES_ANYDELIM.SOLD_AT` AS `SOLD_AT`
  FROM `SQ_SALES_ANYDELIM`;
