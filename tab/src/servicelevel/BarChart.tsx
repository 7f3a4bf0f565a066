import { tokens } from '@fluentui/react-components';

export interface Bar {
  /** series name, repeated in the value text so colour is never the only cue */
  series: string;
  value: number | null;
  text: string;
}

export interface BarGroup {
  label: string;
  bars: Bar[];
}

export interface BarChartProps {
  id: string;
  title: string;
  description: string;
  groups: BarGroup[];
  /** scale maximum; defaults to the largest value */
  max?: number;
  /** optional dashed reference line, e.g. the target in days */
  reference?: { value: number; label: string };
}

const LABEL_W = 150;
const BAR_AREA = 300;
const TEXT_W = 150;
const BAR_H = 16;
const GAP = 4;
const GROUP_GAP = 12;
const TOP = 20;
const FILLS = [tokens.colorBrandBackground, tokens.colorNeutralForeground3];

/** Horizontal bar chart as plain SVG with <title>/<desc>; the numbers are also printed beside each bar. */
export function BarChart({ id, title, description, groups, max, reference }: BarChartProps) {
  const values = groups.flatMap((g) => g.bars.map((b) => b.value ?? 0));
  const scaleMax = Math.max(max ?? 0, ...values, reference?.value ?? 0, 1);
  const x = (v: number) => LABEL_W + (v / scaleMax) * BAR_AREA;
  const groupH = (g: BarGroup) => g.bars.length * (BAR_H + GAP) - GAP;
  const height = TOP + groups.reduce((sum, g) => sum + groupH(g) + GROUP_GAP, 0);
  const width = LABEL_W + BAR_AREA + TEXT_W;
  const tops = groups.map((_, i) => TOP + groups.slice(0, i).reduce((sum, g) => sum + groupH(g) + GROUP_GAP, 0));
  const refX = reference ? x(reference.value) : null;
  // A value printed left of the reference line would be crossed by it: such values start just after the line.
  const textX = (barEnd: number) => (refX !== null && barEnd < refX + 2 ? refX + 6 : barEnd + 6);

  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: `${width}px` }}
      data-testid={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {reference && (
        <g>
          <line
            data-reference=""
            x1={refX ?? 0}
            x2={refX ?? 0}
            y1={TOP - 4}
            y2={height - GROUP_GAP / 2}
            stroke={tokens.colorStatusDangerForeground1}
            strokeWidth="2"
            strokeDasharray="4 3"
          />
          <text x={x(reference.value)} y={TOP - 8} fontSize="11" textAnchor="middle" fill={tokens.colorNeutralForeground1}>
            {reference.label}
          </text>
        </g>
      )}
      {groups.map((g, gi) => {
        const top = tops[gi];
        return (
          <g key={g.label}>
            <text x={LABEL_W - 8} y={top + BAR_H - 3} textAnchor="end" fontSize="12" fill={tokens.colorNeutralForeground1}>
              {g.label}
            </text>
            {g.bars.map((b, i) => {
              const by = top + i * (BAR_H + GAP);
              const w = Math.max(0, x(b.value ?? 0) - LABEL_W);
              return (
                <g key={b.series}>
                  <rect x={LABEL_W} y={by} width={w} height={BAR_H} fill={FILLS[i % FILLS.length]} />
                  <text x={textX(LABEL_W + w)} y={by + BAR_H - 3} fontSize="12" fill={tokens.colorNeutralForeground1} data-value-text="">
                    {b.text}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
