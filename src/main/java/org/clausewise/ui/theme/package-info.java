/**
 * What every screen shares of the look: the style class names ({@link org.clausewise.ui.theme.Styles})
 * and the light and dark themes ({@link org.clausewise.ui.theme.Theme}). It sits apart from
 * {@code ui} so that the screens (viewer, change list, sidebar, history, …) can use it without
 * depending on the window that holds them: no two packages depend on each other (ArchitectureTest).
 */
package org.clausewise.ui.theme;
