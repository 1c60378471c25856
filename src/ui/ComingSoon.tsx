interface Props {
  title: string;
  badge: string;
  body: string;
}

/** The short state of a screen whose feature is still being built. */
export function ComingSoon({ title, badge, body }: Props) {
  return (
    <section className="screen">
      <h1>{title}</h1>
      <p className="badge">{badge}</p>
      <p>{body}</p>
    </section>
  );
}
