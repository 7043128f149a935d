/** The head of the settings and stats pages: the icon, a title, an intro and a link across. */
export function PageHeader({ title, intro, link }: { title: string; intro: string; link: { href: string; label: string } }) {
  return (
    <header class="top">
      <img src="icons/icon-48.png" alt="" width={40} height={40} />
      <div class="title">
        <h1>{title}</h1>
        <p class="intro">{intro}</p>
      </div>
      <a class="button-link" href={link.href}>
        {link.label}
      </a>
    </header>
  );
}
