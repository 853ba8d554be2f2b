import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * The page's single h1. After an in-app navigation focus moves here, so screen-reader and keyboard
 * users start at the new content (a full page load keeps the browser's own focus order).
 */
export function PageHeading(props: { children: ReactNode; caption?: ReactNode | undefined }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();

  useEffect(() => {
    if (location.key !== 'default') ref.current?.focus();
  }, [location.key]);

  return (
    <>
      {/* Captions are mostly names people typed (a city, a strategy): isolated for RTL pages. */}
      {props.caption ? (
        <span className="caption-l">
          <bdi>{props.caption}</bdi>
        </span>
      ) : null}
      <h1 ref={ref} tabIndex={-1} className="heading-xl">
        {props.children}
      </h1>
    </>
  );
}
