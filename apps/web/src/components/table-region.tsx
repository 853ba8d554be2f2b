import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a 320px screen instead of the whole page; the region is
 * focusable so keyboard users can scroll it too.
 */
export function TableRegion(props: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-region" role="region" aria-labelledby={props.labelledBy} tabIndex={0}>
      {props.children}
    </div>
  );
}
